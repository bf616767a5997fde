import { TaskList } from '@/features/tasks/components/task-list';

export function TasksRoute() {
  return <TaskList />;
}
