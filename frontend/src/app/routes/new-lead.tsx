import { LeadForm } from '@/features/leads/components/lead-form';

export function NewLeadRoute() {
  return (
    <div style={{ maxWidth: 1100 }}>
      <LeadForm />
    </div>
  );
}
