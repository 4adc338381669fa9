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
  HAMMY_STORE_ERROR_READ_ONLY,  /* the data folder cannot be written: a read-only disk, no permission */
  HAMMY_STORE_ERROR_NO_SPACE,   /* the disk, or the person's share of it, is full */
  HAMMY_STORE_ERROR_TOO_LARGE,  /* more bytes than the reader of its kind takes */
  HAMMY_STORE_ERROR_NOT_A_FILE, /* a folder, a device, a pipe: nothing Hammy reads */
  HAMMY_STORE_ERROR_REFUSED,    /* what was to be written fails its own reader's checks */
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
  guint              max_items;  /* the longest list or group of fields; 0: max_bytes alone */
  guint              max_values; /* the values of the whole file; 0: max_bytes alone */
  const char        *too_large;  /* why a larger file is not one of these, marked for translation;
                                  * NULL: a general sentence */
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
char        *hammy_store_dup_lock_note (HammyStore              *self);
guint        hammy_store_remove_stale  (HammyStore              *self);

/* Reads the regular file at @path (a link is followed) into memory, never more than
 * @max_bytes: the limit holds on the bytes read, whatever size the file reports. */
gboolean     hammy_store_read_file     (const char              *path,
                                        gsize                    max_bytes,
                                        char                   **contents,
                                        gsize                   *length,
                                        GError                 **error);
/* The same for a file from outside, anywhere GIO reaches, on a worker thread: *@progress is
 * set to the thousandths read as it goes (when the size is known). */
GBytes      *hammy_store_read_gfile    (GFile                   *file,
                                        gsize                    max_bytes,
                                        gint                    *progress,
                                        GCancellable            *cancellable,
                                        GError                 **error);
/* Checks @contents as hammy_store_load() would read a file of @format, and drops what @load
 * makes of it (with @free_loaded): a writer asks this before it writes. */
gboolean     hammy_store_check_bytes   (const HammyStoreFormat  *format,
                                        GBytes                  *contents,
                                        HammyStoreLoad           load,
                                        gpointer                 user_data,
                                        GDestroyNotify           free_loaded,
                                        GError                 **error);
/* Why a file could not be read or written, in words: @errsv is an errno. */
char        *hammy_store_describe_errno (int                     errsv,
                                        gboolean                 writing);

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
  HAMMY_STORE_WRITE_ONCE    = 1 << 1,  /* with NEW: nothing is written when a file of that name,
                                        * or a numbered one, already holds these very bytes */
} HammyStoreWriteFlags;

/* One file of several written as one step (hammy_store_write_all_async). */
typedef struct
{
  char                 *path;      /* relative to the data folder */
  GBytes               *contents;
  HammyStoreWriteFlags  flags;
} HammyStoreWrite;

HammyStoreWrite *hammy_store_write_new  (const char              *relative_path,
                                         GBytes                  *contents,
                                         HammyStoreWriteFlags     flags);
void             hammy_store_write_free (HammyStoreWrite         *write);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HammyStoreWrite, hammy_store_write_free)

/* How many of a step's files are written, on the main context of the caller. */
typedef void (*HammyStoreProgress) (guint    done,
                                    guint    total,
                                    gpointer user_data);

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
void         hammy_store_write_all_async (HammyStore            *self,
                                        GPtrArray               *writes,
                                        HammyStoreProgress       progress,
                                        gpointer                 progress_data,
                                        GCancellable            *cancellable,
                                        GAsyncReadyCallback      callback,
                                        gpointer                 user_data);
GPtrArray   *hammy_store_write_all_finish (HammyStore           *self,
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
