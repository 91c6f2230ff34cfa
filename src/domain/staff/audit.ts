export const auditActionLabels: Record<string, string> = {
  "staff_role.granted": "Rol toegekend",
  "staff_role.revoked": "Rol ingetrokken",
  "staff_invitation.accepted": "Uitnodiging geaccepteerd",
  "staff_invitation.withdrawn": "Uitnodiging ingetrokken",
  "staff_invitation.resent": "Uitnodiging opnieuw verstuurd",
  "application.deletion_requested": "Aanmelder vraagt om verwijdering",
  "application.deleted_on_request": "Gegevens verwijderd op verzoek",
  "retention.changed": "Bewaartermijnen gewijzigd",
  "recruitment_settings.changed": "Opvolging van aanmelders gewijzigd",
  "mail_template.changed": "Berichtsjabloon gewijzigd",
  "applicant_mail.sent": "E-mail aan aanmelder verstuurd",
};
