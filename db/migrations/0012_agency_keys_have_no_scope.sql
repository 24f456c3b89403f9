-- Agency keys (agency_editor, admin) see and edit the whole territory: a scope given to one was shown (keys list,
-- /api/v1/me) and never applied, so its holder could edit outside the territory the agency meant. Such keys are
-- revoked, with the reason in the audit log, and no active agency key may hold a scope any more.
with revoked as (
    update platform.api_key set revoked_at = now()
    where role in ('agency_editor', 'admin') and cardinality(scope) > 0 and revoked_at is null
    returning id, role, scope)
insert into platform.audit_log (key_id, actor, action, entity, entity_id, before, after)
select id, 'migration 0012_agency_keys_have_no_scope', 'key_revoke', 'platform.api_key', id::text,
       jsonb_build_object('role', role, 'scope', scope),
       jsonb_build_object('reason', 'an agency key cannot have a scope (it was shown but not applied): create an agency key '
                                    || 'without one, or a partner_editor key with this scope')
from revoked;

-- Revoked keys keep what they had, for the record.
alter table platform.api_key add constraint api_key_agency_roles_have_no_scope
    check (revoked_at is not null or role in ('partner_reader', 'partner_editor') or cardinality(scope) = 0);
