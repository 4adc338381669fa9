/* hammy-store.h: the files in the data folder. Writes are atomic, durable and in order on
 * one thread of their own; a file that cannot be read is kept aside, never written over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define HAMMY_STORE_ERROR (hammy_store_error_quark ())

typedef enum
{
  HAMMY_STORE_ERROR_BUSY,       /* another process holds the data folder */
  HAMMY_STORE_ERROR_PROTECTED,  /* a file Hammy may not write over (newer, or not movable) */
  HAMMY_STORE_ERROR_FAILED,
} HammyStoreError;

/* A file that could not be used, said in a sentence for the person. */
typedef struct
{
  char *path;        /* the file as it was found */
  char *kept_path;   /* where its bytes are now, or NULL when it was left where it was */
  char *message;     /* translated: what happened, which file, where the copy is */
} HammyStoreProblem;

#define HAMMY_TYPE_STORE_PROBLEM (hammy_store_problem_get_type ())

GType              hammy_store_problem_get_type (void) G_GNUC_CONST;
HammyStoreProblem *hammy_store_problem_copy     (const HammyStoreProblem *problem);
void               hammy_store_problem_free     (HammyStoreProblem       *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyStoreProblem, hammy_store_problem_free)

/* Brings @object from @from_version to @from_version + 1 in place. */
typedef gboolean (*HammyStoreMigrate) (JsonObject  *object,
                                       gint64       from_version,
                                       GError     **error);

/* Turns a checked file into the caller's model; a failure keeps the file aside. */
typedef gpointer (*HammyStoreLoad)    (JsonObject  *object,
                                       gpointer     user_data,
                                       GError     **error);

typedef struct
{
  const char        *name;       /* the "format" member */
  gint64             version;    /* the newest version this build reads and writes */
  gsize              max_bytes;
  guint              max_depth;
  HammyStoreMigrate  migrate;    /* NULL when there has only ever been one version */
} HammyStoreFormat;

#define HAMMY_TYPE_STORE (hammy_store_get_type ())

G_DECLARE_FINAL_TYPE (HammyStore, hammy_store, HAMMY, STORE, GObject)

GQuark       hammy_store_error_quark   (void);

HammyStore  *hammy_store_new           (const char              *root);
const char  *hammy_store_get_root      (HammyStore              *self);
char        *hammy_store_dup_path      (HammyStore              *self,
                                        const char              *relative_path);

gboolean     hammy_store_lock          (HammyStore              *self,
                                        GError                 **error);

gpointer     hammy_store_load          (HammyStore              *self,
                                        const char              *relative_path,
                                        const HammyStoreFormat  *format,
                                        HammyStoreLoad           load,
                                        gpointer                 user_data,
                                        HammyStoreProblem      **problem);
GPtrArray   *hammy_store_list          (HammyStore              *self,
                                        const char              *relative_dir,
                                        const char              *suffix);

typedef enum
{
  HAMMY_STORE_WRITE_REPLACE = 0,
  HAMMY_STORE_WRITE_NEW     = 1 << 0,  /* never replaces: a taken name gets a number */
} HammyStoreWriteFlags;

void         hammy_store_write_async   (HammyStore              *self,
                                        const char              *relative_path,
                                        GBytes                  *contents,
                                        HammyStoreWriteFlags     flags,
                                        GCancellable            *cancellable,
                                        GAsyncReadyCallback      callback,
                                        gpointer                 user_data);
char        *hammy_store_write_finish  (HammyStore              *self,
                                        GAsyncResult            *result,
                                        GError                 **error);
void         hammy_store_move_async    (HammyStore              *self,
                                        const char              *relative_from,
                                        const char              *relative_to,
                                        GCancellable            *cancellable,
                                        GAsyncReadyCallback      callback,
                                        gpointer                 user_data);
char        *hammy_store_move_finish   (HammyStore              *self,
                                        GAsyncResult            *result,
                                        GError                 **error);
void         hammy_store_flush         (HammyStore              *self);
guint        hammy_store_get_n_pending (HammyStore              *self);

GBytes      *hammy_json_to_bytes       (JsonNode                *node);

G_END_DECLS
