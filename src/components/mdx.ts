/** The components MDX pages may use without importing them. */
import ContentLink from './ContentLink.astro';
import DistrictFinder from './DistrictFinder.astro';
import DistrictLinks from './DistrictLinks.astro';
import EmergencyBox from './EmergencyBox.astro';
import Fact from './Fact.astro';
import PhoneLink from './PhoneLink.astro';
import ServiceCard from './ServiceCard.astro';
import SayInSwedish from './SayInSwedish.astro';
import SearchBox from './SearchBox.astro';
import SourceList from './SourceList.astro';
import PageList from './PageList.astro';
import SafetyPlan from './SafetyPlan.astro';
import SelfCheck from './SelfCheck.astro';
import TraceSteps from './TraceSteps.astro';

export const mdxComponents = {
  a: ContentLink,
  DistrictFinder,
  DistrictLinks,
  EmergencyBox,
  Fact,
  PhoneLink,
  ServiceCard,
  SayInSwedish,
  SearchBox,
  SourceList,
  PageList,
  SafetyPlan,
  SelfCheck,
  TraceSteps,
};
