import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Alert, Button, Input, List, Modal, Space, Spin, Tag, Tooltip, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/errors';
import { normalizeLocale } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { modelContentUrl, useModelContent } from '../api/get-model-content';
import { getModelVersions } from '../api/get-model-versions';
import { useDeployModel } from '../api/deploy-model';
import { useDiffModel } from '../api/diff-model';
import type { DeployResult, EditorHandle, LintIssue, ModelDiff, ModelKind, ModelVersion } from '../types';
import { DiffView } from './diff-view';

// The editors are large (bpmn-js, dmn-js, form-js): loaded only when a model is opened.
const editors = {
  BPMN: lazy(() => import('./editors/bpmn-editor')),
  DMN: lazy(() => import('./editors/dmn-editor')),
  FORM: lazy(() => import('./editors/form-editor')),
};

const fileExtension: Record<ModelKind, string> = { BPMN: '.bpmn', DMN: '.dmn', FORM: '.form' };

type Dialog = {
  diff: ModelDiff | null;
  lint: LintIssue[];
  content: string;
  /** the latest version when it is newer than the one opened: deploying would undo its changes */
  newer: ModelVersion | null;
  newerDiff: ModelDiff | null;
};

/**
 * Edit one version of a model; check the changes (diff against the version opened and, if another version was
 * deployed since, against that one; lint) and deploy them as a new version. Read-only for non-modelers.
 */
export function ModelWorkbench({
  kind,
  modelKey,
  name,
  version,
  canEdit,
  onDeployed,
}: {
  kind: ModelKind;
  modelKey: string;
  name: string;
  version: number;
  canEdit: boolean;
  onDeployed: (result: DeployResult) => void;
}) {
  const { t, i18n } = useTranslation();
  const content = useModelContent(kind, modelKey, version);
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [comment, setComment] = useState('');
  const diff = useDiffModel();
  const newerDiff = useDiffModel();
  const deploy = useDeployModel();
  const Editor = editors[kind];
  const onReady = useCallback((h: EditorHandle) => setHandle(h), []);
  // The editors take their texts (palette, menus, properties panel) when they open: on a language switch the
  // editor is reopened in the new language on what was edited so far (the undo history starts afresh).
  const language = normalizeLocale(i18n.language);
  const model = `${kind}/${modelKey}/${version}/${canEdit ? 'edit' : 'view'}`;
  const [opened, setOpened] = useState<{ language: string; model: string; edited: string | null }>({
    language,
    model,
    edited: null,
  });
  useEffect(() => {
    if (language === opened.language) return;
    let cancelled = false;
    (handle ? handle.getContent().catch(() => null) : Promise.resolve(null)).then((edited) => {
      if (cancelled) return;
      setHandle(null);
      setOpened((current) => ({ language, model, edited: edited ?? (current.model === model ? current.edited : null) }));
    });
    return () => {
      cancelled = true;
    };
  }, [language, opened.language, handle, model]);
  // edits kept over a language switch are dropped when another version is opened
  useEffect(() => setOpened((current) => (current.model === model ? current : { ...current, model, edited: null })), [model]);

  if (content.isPending) return <Spin />;
  if (content.isError) return <ErrorState error={content.error} onRetry={() => content.refetch()} />;

  const check = async () => {
    if (!handle) return;
    const xml = await handle.getContent();
    const lint = handle.lint ? await handle.lint() : [];
    setComment('');
    deploy.reset();
    newerDiff.reset();
    setDialog({ diff: null, lint, content: xml, newer: null, newerDiff: null });
    diff.mutate(
      { kind, key: modelKey, baseVersion: version, content: xml },
      { onSuccess: (d) => setDialog((current) => (current ? { ...current, diff: d } : current)) },
    );
    // asked now, not from the page's list: someone may have deployed since the page was loaded
    const latest = (await getModelVersions(kind, modelKey).catch(() => []))[0];
    if (latest && latest.version > version) {
      setDialog((current) => (current ? { ...current, newer: latest } : current));
      newerDiff.mutate(
        { kind, key: modelKey, baseVersion: latest.version, content: xml },
        { onSuccess: (d) => setDialog((current) => (current ? { ...current, newerDiff: d } : current)) },
      );
    }
  };

  const download = async () => {
    if (!handle) return;
    const text = await handle.getContent();
    const blob = new Blob([text], { type: kind === 'FORM' ? 'application/json' : 'application/xml' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = modelKey + fileExtension[kind];
    a.click();
    URL.revokeObjectURL(url);
  };

  // the rule's description in the UI language; bpmnlint's English message stays in the tooltip
  const lintRule = (rule: string) => (i18n.exists(`modeling.lint.rules.${rule}`) ? t(`modeling.lint.rules.${rule}`) : rule);
  const lintErrors = dialog?.lint.filter((i) => i.category === 'error') ?? [];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">{t('modeling.editorVersion', { version })}</Typography.Text>
        {canEdit ? (
          <>
            <Button onClick={download} disabled={!handle} data-testid="download-edited">
              {t('modeling.download')}
            </Button>
            <Button type="primary" onClick={check} disabled={!handle} data-testid="check-and-deploy">
              {t('modeling.deploy')}
            </Button>
          </>
        ) : (
          <Button href={modelContentUrl(kind, modelKey, version, true)} download data-testid="download-version">
            {t('modeling.download')}
          </Button>
        )}
      </Space>
      {/* the editors' texts are in the UI language (editors/translations); the model's own values (expressions,
          decision table cells, the form's fields) are not: the browser check for English leaves out the DMN and
          form editors' model content; e2e/modeling.spec.mjs checks the BPMN editor's palette, menus and panel */}
      <div data-no-english-check={kind === 'BPMN' ? undefined : 'model content'}>
        <Suspense
          fallback={
            // a tip shows only around content
            <Spin tip={t('modeling.editorLoading')}>
              <div style={{ minHeight: 160 }} />
            </Spin>
          }
        >
          {/* another editor (modeler or viewer) when the user's right to edit arrives with the model list */}
          <Editor
            key={`${model}/${opened.language}`}
            // the edits kept over a language switch belong to the model they were made on
            content={(opened.model === model && opened.edited) || content.data}
            onReady={onReady}
            readOnly={!canEdit}
          />
        </Suspense>
      </div>
      <Modal
        open={!!dialog}
        width={860}
        title={t('modeling.deployTitle', { name })}
        onCancel={() => setDialog(null)}
        okText={t('modeling.deployConfirm')}
        okButtonProps={{ disabled: diff.isPending || newerDiff.isPending, loading: deploy.isPending, ...({ 'data-testid': 'deploy-confirm' } as object) }}
        onOk={() =>
          dialog &&
          deploy.mutate(
            { kind, key: modelKey, content: dialog.content, comment: comment.trim() || undefined },
            {
              onSuccess: (result) => {
                message.success(t('modeling.deployed', { version: result.version }));
                setDialog(null);
                onDeployed(result);
              },
            },
          )
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {deploy.isError && (
            <Alert
              type="error"
              showIcon
              data-testid="deploy-error"
              message={errorMessage(deploy.error, t)}
              description={
                deploy.error instanceof ApiError && deploy.error.fieldErrors.length > 1
                  ? deploy.error.fieldErrors.map((f) => <div key={f.message}>{f.message}</div>)
                  : undefined
              }
            />
          )}
          {kind === 'BPMN' && (
            <div data-testid="lint-result">
              <Typography.Text strong>{t('modeling.lintTitle')}</Typography.Text>
              {dialog?.lint.length === 0 ? (
                <div>
                  <Typography.Text type="success">{t('modeling.lintClean')}</Typography.Text>
                </div>
              ) : (
                <>
                  {lintErrors.length > 0 && <Alert type="error" showIcon message={t('modeling.lintErrors', { count: lintErrors.length })} />}
                  <List
                    size="small"
                    dataSource={dialog?.lint ?? []}
                    renderItem={(i) => (
                      <List.Item data-rule={i.rule}>
                        <span>
                          <Tooltip title={`${t('modeling.lint.ruleHint', { rule: i.rule })}: ${i.message}`}>
                            <Tag color={i.category === 'error' ? 'red' : 'orange'}>
                              {t(i.category === 'error' ? 'modeling.lint.error' : 'modeling.lint.warn')}
                            </Tag>
                          </Tooltip>
                          {lintRule(i.rule)} {i.name && <Typography.Text strong>{i.name}</Typography.Text>}{' '}
                          <Typography.Text code>{i.id}</Typography.Text>
                        </span>
                      </List.Item>
                    )}
                  />
                </>
              )}
            </div>
          )}
          {dialog?.newer && (
            <Alert
              type="warning"
              showIcon
              data-testid="newer-version"
              message={t('modeling.diff.newerVersion', {
                opened: version,
                latest: dialog.newer.version,
                by: dialog.newer.deployedBy ? t('modeling.diff.newerBy', { by: dialog.newer.deployedBy }) : t('modeling.diff.newerUnknown'),
              })}
            />
          )}
          {newerDiff.isError && <Alert type="error" showIcon message={errorMessage(newerDiff.error, t)} />}
          {dialog?.newer && dialog.newerDiff && (
            <DiffView
              diff={dialog.newerDiff}
              testId="model-diff-latest"
              title={t('modeling.diff.againstLatest', { version: dialog.newer.version })}
            />
          )}
          {(diff.isPending || newerDiff.isPending) && <Spin />}
          {diff.isError && <Alert type="error" showIcon message={errorMessage(diff.error, t)} />}
          {dialog?.diff && (
            <DiffView diff={dialog.diff} title={dialog.newer ? t('modeling.diff.againstOpened', { version }) : undefined} />
          )}
          <Input.TextArea
            data-testid="deploy-comment"
            placeholder={t('modeling.commentPlaceholder')}
            maxLength={500}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-label={t('modeling.comment')}
          />
        </Space>
      </Modal>
    </Space>
  );
}
