;;; emacs-eglot.el --- Emacs + eglot as a client of `taakboek lsp', in batch mode  -*- lexical-binding: t -*-

;; Run (Debian 12: apt-get install emacs-nox elpa-eglot, which is eglot 1.9 on Emacs 28.2):
;;   TAAKBOEK_BIN=.build/debug/taakboek TAAKBOEK_REPOSITORY=/copy/of/records-repo \
;;   TAAKBOEK_EMACS_OUT=/tmp/out.json emacs --batch -l Tests/EditorClients/emacs-eglot.el
;;
;; Opens records/tynaarlo/perioden/2024-II.yaml, connects eglot to `taakboek lsp', waits for the
;; diagnostics, replaces `gehuisvest: 41' by `gehuisvest: 40' in the buffer (not saved), waits
;; for the new diagnostics and writes both sets as flymake holds them to TAAKBOEK_EMACS_OUT:
;;   {"emacs": "28.2", "eglot": "1.9", "before": [...], "after": [...]}
;; each diagnostic {"line": 0-based, "type": "eglot-error", "text": "taakboek [TB201]: ..."}.
;; Exit status 0 when both arrived, 3 on a timeout, 4 on another failure.
;;
;; Batch Emacs runs no idle timers and no post-command hooks, and those are where eglot sends a
;; buffer change (idle timer) and flymake starts its backends.  So this script calls what those
;; would: `eglot--signal-textDocument/didChange' after the edit and `flymake-start' when the
;; diagnostics are in.  Everything else is eglot's and flymake's own code.

(require 'json)
(unless (require 'eglot nil t)
  (dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
    (add-to-list 'load-path dir))
  (require 'eglot))
(require 'flymake)

(defvar taakboek--timeout (string-to-number (or (getenv "TAAKBOEK_EMACS_TIMEOUT") "20")))
(defvar taakboek--published 0 "How many publishDiagnostics notifications arrived.")

(defun taakboek--fail (status fmt &rest args)
  (princ (concat "emacs-eglot: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs status))

(cl-defmethod eglot-handle-notification :after
  (_server (_method (eql textDocument/publishDiagnostics)) &key _uri _diagnostics &allow-other-keys)
  (setq taakboek--published (1+ taakboek--published)))

(defun taakboek--wait-for (predicate what)
  (let ((deadline (+ (float-time) taakboek--timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate)
      (taakboek--fail 3 "timeout: %s within %s s" what taakboek--timeout))))

(defun taakboek--diagnostics ()
  "The diagnostics flymake holds for the current buffer, as JSON-ready alists."
  (flymake-start)
  (accept-process-output nil 0.2)
  (mapcar (lambda (d)
            `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
              (type . ,(symbol-name (flymake-diagnostic-type d)))
              (text . ,(flymake-diagnostic-text d))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(define-derived-mode taakboek-yaml-mode text-mode "YAML"
  "A stand-in YAML mode: Emacs 28 has none built in.")

(condition-case err
    (let* ((binary (or (getenv "TAAKBOEK_BIN") (taakboek--fail 4 "TAAKBOEK_BIN is not set")))
           (root (file-name-as-directory
                  (or (getenv "TAAKBOEK_REPOSITORY") (taakboek--fail 4 "TAAKBOEK_REPOSITORY is not set"))))
           (out (or (getenv "TAAKBOEK_EMACS_OUT") (taakboek--fail 4 "TAAKBOEK_EMACS_OUT is not set")))
           (file (expand-file-name "records/tynaarlo/perioden/2024-II.yaml" root))
           (eglot-server-programs `((taakboek-yaml-mode . (,binary "lsp"))))
           (project-find-functions (list (lambda (_dir) (cons 'transient root))))
           (eglot-sync-connect t)
           (eglot-connect-timeout taakboek--timeout))
      (find-file file)
      (taakboek-yaml-mode)
      (apply #'eglot (append (eglot--guess-contact) nil))
      (unless (eglot-current-server) (taakboek--fail 4 "eglot did not connect"))
      (taakboek--wait-for (lambda () (>= taakboek--published 1)) "no diagnostics after opening")
      (let ((before (taakboek--diagnostics))
            (seen taakboek--published))
        (goto-char (point-min))
        (unless (re-search-forward "^gehuisvest: 41$" nil t)
          (taakboek--fail 4 "no line `gehuisvest: 41' in %s" file))
        (replace-match "gehuisvest: 40")
        ;; What eglot's idle timer would do.
        (eglot--signal-textDocument/didChange)
        (taakboek--wait-for (lambda () (> taakboek--published seen)) "no diagnostics after the edit")
        (let ((after (taakboek--diagnostics))
              (modified (buffer-modified-p)))
          (with-temp-file out
            (insert (json-encode
                     `((emacs . ,emacs-version)
                       (eglot . ,(if (boundp 'eglot-version) eglot-version "1.9"))
                       (modified . ,(if modified t :json-false))
                       (before . ,(vconcat before))
                       (after . ,(vconcat after)))))
            (insert "\n"))))
      ;; eglot-shutdown sends shutdown and fails (jsonrpc-error) when it is not answered within
      ;; 1.5 s; then it sends exit and jsonrpc-shutdown deletes the process at once (SIGKILL,
      ;; "Server exited with status 9"), so the server's own exit status is not seen here.
      (eglot-shutdown (eglot-current-server))
      (set-buffer-modified-p nil)
      (kill-emacs 0))
  (error (taakboek--fail 4 "%S" err)))
