import type { ComponentType } from 'react';
import type { SectionId } from '../../../electron/common/dataset';
import type { PageProps } from '../components/PageView';
import { EmergingIndustries } from './EmergingIndustries';
import { GreenDigital } from './GreenDigital';
import { Innovation } from './Innovation';
import { Overview } from './Overview';
import { PillarIndustries } from './PillarIndustries';
import { PolicyServices } from './PolicyServices';
import { Targets2026 } from './Targets2026';

export const PAGES: Record<SectionId, ComponentType<PageProps>> = {
  overview: Overview,
  pillar: PillarIndustries,
  emerging: EmergingIndustries,
  innovation: Innovation,
  policy: PolicyServices,
  green: GreenDigital,
  targets: Targets2026,
};
