import { application } from "./application";
import { approval } from "./approval";
import { campaigns } from "./campaigns";
import { capacity } from "./capacity";
import { evenings } from "./evenings";
import { followUps } from "./follow-ups";
import { myApplication } from "./my-application";
import { placement } from "./placement";
import { placementWorkflow } from "./placement-workflow";
import { privacy } from "./privacy";
import { recruiterMail } from "./recruiter-mail";
import { screening } from "./screening";
import { signIn } from "./sign-in";
import { staff } from "./staff";
import { withServerErrorsLogged } from "./user-errors";

export const server = {
  application: withServerErrorsLogged(application),
  approval: withServerErrorsLogged(approval),
  campaigns: withServerErrorsLogged(campaigns),
  capacity: withServerErrorsLogged(capacity),
  evenings: withServerErrorsLogged(evenings),
  followUps: withServerErrorsLogged(followUps),
  myApplication: withServerErrorsLogged(myApplication),
  placement: withServerErrorsLogged(placement),
  placementWorkflow: withServerErrorsLogged(placementWorkflow),
  privacy: withServerErrorsLogged(privacy),
  recruiterMail: withServerErrorsLogged(recruiterMail),
  screening: withServerErrorsLogged(screening),
  signIn: withServerErrorsLogged(signIn),
  staff: withServerErrorsLogged(staff),
};
