import { PageView, type PageProps } from '../components/PageView';

export function GreenDigital(props: PageProps) {
  return <PageView {...props} page="green" layout="green" />;
}
