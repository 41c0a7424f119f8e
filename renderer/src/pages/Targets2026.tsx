import { PageView, type PageProps } from '../components/PageView';

export function Targets2026(props: PageProps) {
  return <PageView {...props} page="targets" layout="targets" />;
}
