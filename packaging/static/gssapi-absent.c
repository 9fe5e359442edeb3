// Linked into the static release binary only (scripts/release), never into a development build.
//
// Debian's libgit2.a is built with GSSAPI for HTTP "Negotiate" (Kerberos) authentication, and
// Debian ships no static libgssapi_krb5. taakboek reads local repositories only and never opens
// a connection (Sources/CLocalOnly), so the release links these definitions instead: every call
// fails with GSS_S_UNAVAILABLE, as GSSAPI does where no mechanism is installed, and libgit2 then
// reports that Negotiate authentication is not available. No credential is ever accepted.
#include <stddef.h>
#include <stdint.h>

typedef uint32_t OM_uint32;

// GSS_S_UNAVAILABLE (RFC 2744, section 3.9.1): routine error 16, in bits 16-23.
#define TAAKBOEK_GSS_S_UNAVAILABLE (16u << 16)

static OM_uint32 unavailable(OM_uint32 *minor_status) {
    if (minor_status != NULL) *minor_status = 0;
    return TAAKBOEK_GSS_S_UNAVAILABLE;
}

void *GSS_C_NT_HOSTBASED_SERVICE = NULL;

OM_uint32 gss_indicate_mechs(OM_uint32 *minor_status, void **mech_set) {
    if (mech_set != NULL) *mech_set = NULL;
    return unavailable(minor_status);
}

OM_uint32 gss_import_name(OM_uint32 *minor_status, void *input_name, void *name_type, void **output_name) {
    (void)input_name; (void)name_type;
    if (output_name != NULL) *output_name = NULL;
    return unavailable(minor_status);
}

OM_uint32 gss_init_sec_context(
    OM_uint32 *minor_status, void *claimant_cred, void **context, void *target_name, void *mech_type,
    OM_uint32 req_flags, OM_uint32 time_req, void *bindings, void *input_token, void **actual_mech_type,
    void *output_token, OM_uint32 *ret_flags, OM_uint32 *time_rec) {
    (void)claimant_cred; (void)context; (void)target_name; (void)mech_type; (void)req_flags;
    (void)time_req; (void)bindings; (void)input_token; (void)output_token;
    if (actual_mech_type != NULL) *actual_mech_type = NULL;
    if (ret_flags != NULL) *ret_flags = 0;
    if (time_rec != NULL) *time_rec = 0;
    return unavailable(minor_status);
}

OM_uint32 gss_display_status(
    OM_uint32 *minor_status, OM_uint32 status_value, int status_type, void *mech_type,
    OM_uint32 *message_context, void *status_string) {
    (void)status_value; (void)status_type; (void)mech_type; (void)status_string;
    if (message_context != NULL) *message_context = 0;
    return unavailable(minor_status);
}

OM_uint32 gss_delete_sec_context(OM_uint32 *minor_status, void **context, void *output_token) {
    (void)output_token;
    if (context != NULL) *context = NULL;
    if (minor_status != NULL) *minor_status = 0;
    return 0;
}

OM_uint32 gss_release_buffer(OM_uint32 *minor_status, void *buffer) {
    (void)buffer;
    if (minor_status != NULL) *minor_status = 0;
    return 0;
}

OM_uint32 gss_release_name(OM_uint32 *minor_status, void **name) {
    if (name != NULL) *name = NULL;
    if (minor_status != NULL) *minor_status = 0;
    return 0;
}

OM_uint32 gss_release_oid_set(OM_uint32 *minor_status, void **set) {
    if (set != NULL) *set = NULL;
    if (minor_status != NULL) *minor_status = 0;
    return 0;
}
