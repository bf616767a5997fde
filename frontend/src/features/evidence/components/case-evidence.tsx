import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidencePanel } from './evidence-panel';

/**
 * The evidence of a case file. A lead (verification, filing approval, not filed) has no case number and
 * no case file yet: it says so instead of asking for evidence.
 */
export function CaseEvidence({ caseRef, caseNo, canUpload }: { caseRef: number; caseNo: string | null; canUpload?: boolean }) {
  const { t } = useTranslation();
  if (!caseNo) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="evidence-after-filing"
        message={t('evidence.afterFiling')}
        description={t('evidence.afterFilingHint')}
      />
    );
  }
  return <EvidencePanel caseRef={caseRef} canUpload={canUpload} />;
}
