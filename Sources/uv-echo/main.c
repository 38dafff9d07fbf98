/*
 * uv-echo: the benchmark baseline. A raw libuv Unix-socket server that answers every
 * newline-terminated line with one fixed JSON-RPC pong, all replies of one read in one
 * write. It does no parsing, so it bounds what any libuv server can do on this machine.
 *
 * usage: uv-echo SOCKET_PATH
 */
#include <uv.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char reply[] = "{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}\n";
#define REPLY_LEN (sizeof(reply) - 1)
#define READ_SIZE 65536

typedef struct {
    uv_pipe_t pipe;
    char readbuf[READ_SIZE];
} client_t;

typedef struct {
    uv_write_t req;
    char data[];
} write_t;

static void on_close(uv_handle_t *h) { free(h); }

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)suggested;
    client_t *c = (client_t *)h;
    buf->base = c->readbuf;
    buf->len = READ_SIZE;
}

static void on_write(uv_write_t *req, int status) {
    (void)status;
    free(req);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
    if (nread < 0) {
        uv_close((uv_handle_t *)s, on_close);
        return;
    }
    size_t lines = 0;
    for (const char *p = buf->base, *end = buf->base + nread; (p = memchr(p, '\n', end - p)); p++) lines++;
    if (lines == 0) return;
    size_t len = lines * REPLY_LEN;
    uv_buf_t out = uv_buf_init(NULL, 0);
    char stackbuf[16384];
    char *data = len <= sizeof stackbuf ? stackbuf : malloc(len);
    for (size_t i = 0; i < lines; i++) memcpy(data + i * REPLY_LEN, reply, REPLY_LEN);
    out = uv_buf_init(data, (unsigned)len);
    int n = uv_try_write(s, &out, 1);
    if (n < 0) n = 0;
    if ((size_t)n < len) {
        write_t *w = malloc(sizeof(write_t) + len - n);
        memcpy(w->data, data + n, len - n);
        uv_buf_t rest = uv_buf_init(w->data, (unsigned)(len - n));
        if (uv_write(&w->req, s, &rest, 1, on_write) < 0) free(w);
    }
    if (data != stackbuf) free(data);
}

static void on_connection(uv_stream_t *server, int status) {
    if (status < 0) return;
    client_t *c = malloc(sizeof *c);
    uv_pipe_init(server->loop, &c->pipe, 0);
    if (uv_accept(server, (uv_stream_t *)&c->pipe) == 0) {
        uv_read_start((uv_stream_t *)&c->pipe, on_alloc, on_read);
    } else {
        uv_close((uv_handle_t *)&c->pipe, on_close);
    }
}

static const char *socket_path;

static void on_signal(uv_signal_t *h, int signum) {
    (void)signum;
    unlink(socket_path);
    uv_stop(h->loop);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: uv-echo SOCKET_PATH\n");
        return 2;
    }
    socket_path = argv[1];
    signal(SIGPIPE, SIG_IGN);
    uv_loop_t *loop = uv_default_loop();
    uv_pipe_t server;
    uv_pipe_init(loop, &server, 0);
    unlink(socket_path);
    int err = uv_pipe_bind(&server, socket_path);
    if (err == 0) err = uv_listen((uv_stream_t *)&server, 511, on_connection);
    if (err != 0) {
        fprintf(stderr, "uv-echo: %s: %s\n", socket_path, uv_strerror(err));
        return 1;
    }
    uv_signal_t sigint, sigterm;
    uv_signal_init(loop, &sigint);
    uv_signal_start(&sigint, on_signal, SIGINT);
    uv_signal_init(loop, &sigterm);
    uv_signal_start(&sigterm, on_signal, SIGTERM);
    uv_run(loop, UV_RUN_DEFAULT);
    return 0;
}
