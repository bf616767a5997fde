import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CaseDetail } from '@/features/cases/components/case-detail';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { DocumentsList } from '@/features/documents/components/documents-list';

export function CaseRoute() {
  const { t } = useTranslation();
  const { caseRef = '' } = useParams();
  return (
    <div>
      <Link to="/cases">← {t('common.back')}</Link>
      <CaseDetail
        caseRef={caseRef}
        slots={{
          evidence: (c) => <EvidencePanel caseRef={c.id} />,
          documents: (c) => <DocumentsList documents={c.documents} />,
        }}
      />
    </div>
  );
}
