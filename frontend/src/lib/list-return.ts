import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** The lists whose filters live in the URL and that detail pages lead back to. */
export type ListPath = '/tasks' | '/cases';

const storageKey = (list: ListPath) => `caseflow.listSearch.${list}`;

/** The list's URL with the query it was last shown with in this browser tab (its filters, page, sort). */
export function listReturnPath(list: ListPath): string {
  let search: string | null = null;
  try {
    search = sessionStorage.getItem(storageKey(list));
  } catch {
    // storage blocked: plain list
  }
  return search && search.startsWith('?') ? list + search : list;
}

/**
 * Called by a list: remembers its current query (session storage, per tab), so a detail page's back
 * link and "done" go back to the same filters however the detail page was reached.
 */
export function useRememberListSearch(list: ListPath) {
  const { search } = useLocation();
  useEffect(() => {
    try {
      if (search) sessionStorage.setItem(storageKey(list), search);
      else sessionStorage.removeItem(storageKey(list));
    } catch {
      // storage blocked: back links go to the plain list
    }
  }, [list, search]);
}
