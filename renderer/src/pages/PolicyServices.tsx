import { PageView, type PageProps } from '../components/PageView';

export function PolicyServices(props: PageProps) {
  return <PageView {...props} page="policy" layout="policy" />;
}
