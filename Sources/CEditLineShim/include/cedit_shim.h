#ifndef CEDIT_SHIM_H
#define CEDIT_SHIM_H
#include <histedit.h>

/// Non-variadic wrappers around libedit's variadic el_set/history calls, which Swift cannot call.
EditLine *cel_init(const char *prog);
int cel_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
int cel_set_editor(EditLine *el, const char *mode);
int cel_set_signal(EditLine *el, int on);
int cel_set_history(EditLine *el, History *h);
int cel_add_function(EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int));
int cel_bind(EditLine *el, const char *key, const char *command);
int cel_setty_edit(EditLine *el, const char *mode);
int cel_set_clientdata(EditLine *el, void *data);
void *cel_get_clientdata(EditLine *el);

History *cel_history_init(int size, int unique);
int cel_history_enter(History *h, const char *line);
int cel_history_save(History *h, const char *path);
int cel_history_load(History *h, const char *path);

/// A SIGINT handler that only sets a flag (Ctrl-C while a command runs, or `kill -INT`).
int cel_install_sigint_handler(void);
/// Returns 1 and clears the flag if SIGINT arrived since the last call.
int cel_take_sigint(void);
/// Bound to ^Z: restores the terminal, stops the process, and redraws on resume.
unsigned char cel_suspend_command(EditLine *el, int ch);
/// Restores the terminal settings of `fd` if the process dies on a crash signal.
int cel_install_crash_tty_restore(int fd);
#endif
