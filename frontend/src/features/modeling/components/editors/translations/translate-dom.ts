/**
 * Translates the texts a library renders under `root` without a translate service of its own (the form-js
 * editor: palette, properties panel): text nodes, placeholders and titles that are exactly a key of the
 * dictionary or match one of `patterns` (texts with a part that varies), as the library writes them. Nodes inside `skip` (the form being designed: its labels are the
 * model's content) are left alone. Returns a stop function.
 */
export type TextPattern = [RegExp, (match: RegExpExecArray, dictionary: Record<string, string>) => string];

export function translateDom(root: HTMLElement, dictionary: Record<string, string>, skip?: string, patterns: TextPattern[] = []) {
  const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
  const skipped = (node: Node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return !!skip && !!el?.closest(skip);
  };
  const translated = (value: string) => {
    const key = value.trim();
    let text: string | undefined = dictionary[key];
    for (const [pattern, replace] of text === undefined ? patterns : []) {
      const match = pattern.exec(key);
      if (match) {
        text = replace(match, dictionary);
        break;
      }
    }
    return text === undefined ? null : value.replace(key, text);
  };
  const text = (node: Text) => {
    if (skipped(node)) return;
    const value = translated(node.data);
    if (value !== null && value !== node.data) node.data = value;
  };
  const attributes = (el: Element) => {
    if (skipped(el)) return;
    for (const name of ATTRIBUTES) {
      const current = el.getAttribute(name);
      const value = current === null ? null : translated(current);
      if (value !== null && value !== current) el.setAttribute(name, value);
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node as Text);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    attributes(el);
    el.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(',')).forEach(attributes);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text(n as Text);
  };

  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') text(m.target as Text);
      else if (m.type === 'attributes') attributes(m.target as Element);
      else m.addedNodes.forEach(walk);
    }
  });
  walk(root);
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return () => observer.disconnect();
}
