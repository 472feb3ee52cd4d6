import { useLoaded } from '../profile/useProfile';
import { onboardingApi } from './onboardingApi';

export { mentorPath, modulePath, onboardingPaths } from './paths';

export const useMyOnboarding = () => useLoaded(onboardingApi.mine);
