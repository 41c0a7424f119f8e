import { PageView, type PageProps } from '../components/PageView';

export function PillarIndustries(props: PageProps) {
  return <PageView {...props} page="pillar" layout="pillar" />;
}
