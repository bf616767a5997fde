import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CaseDetail } from '@/features/cases/components/case-detail';
import { CaseEvidence } from '@/features/evidence/components/case-evidence';
import { DocumentsList } from '@/features/documents/components/documents-list';
import { listReturnPath } from '@/lib/list-return';
import { useUser, worksCases } from '@/lib/auth';

export function CaseRoute() {
  const { t } = useTranslation();
  const { caseRef = '' } = useParams();
  const { data: me } = useUser();
  return (
    <div>
      <Link to={listReturnPath('/cases')} data-testid="case-back">← {t('common.back')}</Link>
      <CaseDetail
        caseRef={caseRef}
        slots={{
          // managers and administrators read the file; an archived case takes nothing more
          evidence: (c) => (
            <CaseEvidence caseRef={c.id} caseNo={c.caseNo} canUpload={worksCases(me) && c.stage !== 'CLOSED'} />
          ),
          documents: (c) => <DocumentsList documents={c.documents} />,
        }}
      />
    </div>
  );
}
