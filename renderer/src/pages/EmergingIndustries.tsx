import { PageView, type PageProps } from '../components/PageView';

export function EmergingIndustries(props: PageProps) {
  return <PageView {...props} page="emerging" layout="emerging" />;
}
