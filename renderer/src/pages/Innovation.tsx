import { PageView, type PageProps } from '../components/PageView';

export function Innovation(props: PageProps) {
  return <PageView {...props} page="innovation" layout="innovation" />;
}
