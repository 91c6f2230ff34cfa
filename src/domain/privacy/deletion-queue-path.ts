/** Where recruiters and admins find the deletion requests they handle. */
export const deletionQueuePath = "/werving/verwijderverzoeken";
