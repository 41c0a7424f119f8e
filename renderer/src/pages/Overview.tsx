import { PageView, type PageProps } from '../components/PageView';

export function Overview(props: PageProps) {
  return <PageView {...props} page="overview" layout="overview" />;
}
