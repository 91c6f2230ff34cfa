import { application } from "./application";
import { evenings } from "./evenings";
import { placementWorkflow } from "./placement-workflow";
import { privacy } from "./privacy";
import { screening } from "./screening";
import { signIn } from "./sign-in";
import { staff } from "./staff";
import { withServerErrorsLogged } from "./user-errors";

export const server = {
  application: withServerErrorsLogged(application),
  evenings: withServerErrorsLogged(evenings),
  placementWorkflow: withServerErrorsLogged(placementWorkflow),
  privacy: withServerErrorsLogged(privacy),
  screening: withServerErrorsLogged(screening),
  signIn: withServerErrorsLogged(signIn),
  staff: withServerErrorsLogged(staff),
};
