import { lazy, Suspense, useCallback, useState } from 'react';
import { Alert, Button, Input, List, Modal, Space, Spin, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/errors';
import { ApiError } from '@/lib/api-client';
import { useModelContent } from '../api/get-model-content';
import { useDeployModel } from '../api/deploy-model';
import { useDiffModel } from '../api/diff-model';
import type { DeployResult, EditorHandle, LintIssue, ModelDiff, ModelKind } from '../types';
import { DiffView } from './diff-view';

// The editors are large (bpmn-js, dmn-js, form-js): loaded only when a model is opened.
const editors = {
  BPMN: lazy(() => import('./editors/bpmn-editor')),
  DMN: lazy(() => import('./editors/dmn-editor')),
  FORM: lazy(() => import('./editors/form-editor')),
};

const fileExtension: Record<ModelKind, string> = { BPMN: '.bpmn', DMN: '.dmn', FORM: '.form' };

/** Edit one version of a model; check the changes (diff, lint) and deploy them as a new version. */
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
  const { t } = useTranslation();
  const content = useModelContent(kind, modelKey, version);
  const [handle, setHandle] = useState<EditorHandle | null>(null);
  const [dialog, setDialog] = useState<{ diff: ModelDiff | null; lint: LintIssue[]; content: string } | null>(null);
  const [comment, setComment] = useState('');
  const diff = useDiffModel();
  const deploy = useDeployModel();
  const Editor = editors[kind];
  const onReady = useCallback((h: EditorHandle) => setHandle(h), []);

  if (content.isPending) return <Spin />;
  if (content.isError) return <ErrorState error={content.error} onRetry={() => content.refetch()} />;

  const check = async () => {
    if (!handle) return;
    const xml = await handle.getContent();
    const lint = handle.lint ? await handle.lint() : [];
    setComment('');
    deploy.reset();
    setDialog({ diff: null, lint, content: xml });
    diff.mutate(
      { kind, key: modelKey, baseVersion: version, content: xml },
      { onSuccess: (d) => setDialog((current) => (current ? { ...current, diff: d } : current)) },
    );
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

  const lintErrors = dialog?.lint.filter((i) => i.category === 'error') ?? [];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">{t('modeling.editorVersion', { version })}</Typography.Text>
        <Button onClick={download} disabled={!handle} data-testid="download-edited">
          {t('modeling.download')}
        </Button>
        {canEdit && (
          <Button type="primary" onClick={check} disabled={!handle} data-testid="check-and-deploy">
            {t('modeling.deploy')}
          </Button>
        )}
      </Space>
      {/* the bpmn-io editors' own texts (palette, properties panel, decision table headers) and the model's
          expressions are not translated: the browser check for English leaves them out (e2e/support/english.mjs) */}
      <div data-no-english-check="bpmn-io editor">
        <Suspense fallback={<Spin tip={t('modeling.editorLoading')} />}>
          <Editor key={`${kind}/${modelKey}/${version}`} content={content.data} onReady={onReady} readOnly={!canEdit} />
        </Suspense>
      </div>
      <Modal
        open={!!dialog}
        width={860}
        title={t('modeling.deployTitle', { name })}
        onCancel={() => setDialog(null)}
        okText={t('modeling.deployConfirm')}
        okButtonProps={{ disabled: diff.isPending, loading: deploy.isPending, ...({ 'data-testid': 'deploy-confirm' } as object) }}
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
                      <List.Item>
                        <Tag color={i.category === 'error' ? 'red' : 'orange'}>{i.rule}</Tag>
                        <Typography.Text code>{i.id}</Typography.Text> {i.message}
                      </List.Item>
                    )}
                  />
                </>
              )}
            </div>
          )}
          {diff.isPending && <Spin />}
          {diff.isError && <Alert type="error" showIcon message={errorMessage(diff.error, t)} />}
          {dialog?.diff && <DiffView diff={dialog.diff} />}
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
