#include "cedit_shim.h"
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

EditLine *cel_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
int cel_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) { return el_set(el, EL_PROMPT, prompt); }
int cel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int cel_add_function(EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int cel_bind(EditLine *el, const char *key, const char *command) { return el_set(el, EL_BIND, key, command, NULL); }
int cel_setty_edit(EditLine *el, const char *mode) { return el_set(el, EL_SETTY, "-d", mode, NULL); }
int cel_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

History *cel_history_init(int size, int unique) {
    HistEvent ev;
    History *h = history_init();
    if (h == NULL) return NULL;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, unique);
    return h;
}
int cel_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int cel_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
int cel_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }

static volatile sig_atomic_t sigint_seen = 0;
static void on_sigint(int sig) { (void)sig; sigint_seen = 1; }
int cel_install_sigint_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    return sigaction(SIGINT, &sa, NULL);
}
int cel_take_sigint(void) {
    int seen = sigint_seen;
    sigint_seen = 0;
    return seen;
}

unsigned char cel_suspend_command(EditLine *el, int ch) {
    (void)ch;
    el_set(el, EL_PREP_TERM, 0);
    kill(getpid(), SIGTSTP);
    el_set(el, EL_PREP_TERM, 1);
    return CC_REDISPLAY;
}

static struct termios saved_tty;
static int saved_fd = -1;
static void restore_and_reraise(int sig) {
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_tty);
    signal(sig, SIG_DFL);
    raise(sig);
}
int cel_install_crash_tty_restore(int fd) {
    if (tcgetattr(fd, &saved_tty) != 0) return -1;
    saved_fd = fd;
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGTERM, SIGHUP};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old;
        sigaction(sigs[i], NULL, &old);
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = restore_and_reraise;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
    return 0;
}
