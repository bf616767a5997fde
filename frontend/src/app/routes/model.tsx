import { useParams } from 'react-router-dom';
import { ModelDetail } from '@/features/modeling/components/model-detail';
import type { ModelKind } from '@/features/modeling/types';
import { NotFoundRoute } from './not-found';

export function ModelRoute() {
  const { kind = '', key = '' } = useParams();
  const modelKind = kind.toUpperCase() as ModelKind;
  if (!['BPMN', 'DMN', 'FORM'].includes(modelKind)) return <NotFoundRoute />;
  return <ModelDetail key={`${modelKind}/${key}`} kind={modelKind} modelKey={key} />;
}
