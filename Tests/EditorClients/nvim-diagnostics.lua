-- Neovim as a real client of `taakboek lsp`, headless.
--
-- Run (works on Debian 12's Neovim 0.7.2 and on 0.8+):
--   TAAKBOEK_BIN=.build/debug/taakboek TAAKBOEK_REPOSITORY=/copy/of/records-repo \
--   TAAKBOEK_NVIM_OUT=/tmp/out.json \
--     nvim --headless --clean -u NONE -c "luafile Tests/EditorClients/nvim-diagnostics.lua"
--
-- It starts the server on the repository copy, opens records/tynaarlo/perioden/2024-II.yaml,
-- waits for its diagnostics, replaces `gehuisvest: 41` by `gehuisvest: 40` in the buffer (not
-- saved), waits for the diagnostics of that change and writes both sets, as Neovim holds them
-- (vim.diagnostic.get), to TAAKBOEK_NVIM_OUT as JSON:
--   {"nvim": "0.7.2", "before": [...], "after": [...]}
-- each diagnostic {"line": 0-based, "col": 0-based, "code": "TB201", "severity": 1, "message": "..."}.
-- Exit status: 0 when both sets arrived, 3 on a timeout, 4 on another failure.

local timeout_ms = tonumber(os.getenv("TAAKBOEK_NVIM_TIMEOUT_MS") or "") or 20000

local function fail(status, message)
  io.stderr:write("nvim-diagnostics: " .. message .. "\n")
  vim.cmd("cquit " .. status)
end

local ok, problem = pcall(function()
  local binary = os.getenv("TAAKBOEK_BIN")
  local root = os.getenv("TAAKBOEK_REPOSITORY")
  local out = os.getenv("TAAKBOEK_NVIM_OUT")
  if not binary or not root or not out then
    fail(4, "TAAKBOEK_BIN, TAAKBOEK_REPOSITORY and TAAKBOEK_NVIM_OUT must be set")
    return
  end
  local file = root .. "/records/tynaarlo/perioden/2024-II.yaml"

  -- Count the diagnostics the server publishes for the file, then let Neovim's own handler
  -- store them as usual.
  local uri = vim.uri_from_fname(file)
  local published = 0
  local default_handler = vim.lsp.handlers["textDocument/publishDiagnostics"]
  vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
    if result and result.uri == uri then published = published + 1 end
    return default_handler(err, result, ctx, config)
  end

  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()

  local config = {
    name = "taakboek",
    cmd = { binary, "lsp" },
    root_dir = root,
    flags = { debounce_text_changes = 0 },
  }
  local client_id
  if vim.lsp.start then
    -- Neovim 0.8+: starts the client (or reuses one) and attaches it to the current buffer.
    client_id = vim.lsp.start(config)
  else
    -- Neovim 0.7: start the client, then attach it to the buffer.
    client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(buffer, client_id) end
  end
  if not client_id then
    fail(4, "the language server did not start: " .. binary .. " lsp")
    return
  end

  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      local code = d.code
      if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
      table.insert(list, vim.json.encode({
        line = d.lnum, col = d.col, code = code, severity = d.severity, message = d.message,
      }))
    end
    -- An array by hand: vim.json.encode writes an empty table as {}.
    return "[" .. table.concat(list, ",") .. "]"
  end

  if not vim.wait(timeout_ms, function() return published >= 1 end, 20) then
    fail(3, "timeout: no diagnostics for " .. file .. " within " .. timeout_ms .. " ms after opening it")
    return
  end
  local before = diagnostics()

  local lines = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  local target
  for index, line in ipairs(lines) do
    if line == "gehuisvest: 41" then target = index - 1 end
  end
  if not target then
    fail(4, "no line `gehuisvest: 41` in " .. file)
    return
  end
  local seen = published
  vim.api.nvim_buf_set_lines(buffer, target, target + 1, false, { "gehuisvest: 40" })
  if not vim.wait(timeout_ms, function() return published > seen end, 20) then
    fail(3, "timeout: no diagnostics for " .. file .. " within " .. timeout_ms .. " ms after the edit")
    return
  end
  local after = diagnostics()

  local version = vim.version()
  local handle = assert(io.open(out, "w"))
  handle:write(string.format('{"nvim":"%d.%d.%d","modified":%s,"before":%s,"after":%s}\n',
    version.major, version.minor, version.patch, tostring(vim.bo[buffer].modified), before, after))
  handle:close()

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  vim.cmd("qall!")
end)

if not ok then fail(4, tostring(problem)) end
