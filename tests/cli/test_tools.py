"""`loopwright tools list|call` with `--mcp` and the config file's `[mcp]` table, against the
real `mcp-server-time`; `--help` of every MCP command shows an example."""

import json
import sys
import time
from datetime import datetime

import pytest
from typer.testing import CliRunner

from loopwright.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")

TIME_SERVER = f"{sys.executable} -m mcp_server_time --local-timezone UTC"


def test_tools_list_shows_the_mcp_servers_tools_with_their_schemas_beside_the_builtins():
    result = CliRunner().invoke(app, ["tools", "list", "--mcp", TIME_SERVER, "--json"])
    assert result.exit_code == 0, result.output
    schemas = {s["function"]["name"]: s["function"] for s in json.loads(result.stdout)}
    assert {"bash", "read_file", "finish", "get_current_time", "convert_time"} <= set(schemas)
    assert schemas["convert_time"]["parameters"]["required"] == ["source_timezone", "time", "target_timezone"]


def test_tools_list_as_text_says_where_each_tool_runs():
    result = CliRunner().invoke(app, ["tools", "list", "--mcp", TIME_SERVER])
    assert result.exit_code == 0, result.output
    assert "get_current_time  (MCP server mcp_server_time, on the host)" in result.stdout
    assert "bash  (built-in, in the sandbox)" in result.stdout and '"timezone": {' in result.stdout


def test_tools_call_runs_an_mcp_tool_and_prints_the_time():
    result = CliRunner().invoke(app, ["tools", "call", "get_current_time", '{"timezone": "UTC"}',
                                      "--mcp", TIME_SERVER])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["timezone"] == "UTC"
    assert abs(datetime.fromisoformat(answer["datetime"]).timestamp() - time.time()) < 120


def test_tools_call_with_bad_arguments_prints_the_observation_and_exits_1():
    result = CliRunner().invoke(app, ["tools", "call", "get_current_time", '{"tz": "UTC"}', "--mcp", TIME_SERVER])
    assert result.exit_code == 1 and "'timezone' is a required property" in result.stdout


def test_tools_call_runs_a_builtin_in_a_sandbox():
    result = CliRunner().invoke(app, ["tools", "call", "bash", '{"command": "echo hi"}', "--sandbox", "local"])
    assert result.exit_code == 0 and result.stdout.strip() == "hi"


def test_servers_of_the_config_files_mcp_table_are_started(tmp_path, monkeypatch):
    config = tmp_path / "loopwright.toml"
    config.write_text(f'[mcp.servers.clock]\ncommand = "{sys.executable}"\nargs = ["-m", "mcp_server_time"]\n')
    monkeypatch.setenv("LOOPWRIGHT_CONFIG", str(config))
    result = CliRunner().invoke(app, ["tools", "list"])
    assert result.exit_code == 0, result.output
    assert "get_current_time  (MCP server clock, on the host)" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["tools", "call", "no_such_tool"], "no tool named 'no_such_tool'; the tools are: bash"),
    (["tools", "list", "--mcp", "/no/such/mcp-server"], "MCP server `mcp-server` (/no/such/mcp-server) did not start"),
    (["tools", "list", "--mcp", "'unclosed"], "No closing quotation"),
])
def test_user_errors_print_one_line_and_exit_1(args, message):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output


def test_a_broken_config_file_is_one_error_line(tmp_path, monkeypatch):
    config = tmp_path / "loopwright.toml"
    config.write_text("[mcp.servers.x]\nargs = [1]\n")
    monkeypatch.setenv("LOOPWRIGHT_CONFIG", str(config))
    result = CliRunner().invoke(app, ["tools", "list"])
    assert result.exit_code == 1 and '[mcp.servers.x] needs command = "PROGRAM"' in result.output


@pytest.mark.parametrize("command", [["tools"], ["tools", "list"], ["tools", "call"], ["mcp"], ["mcp", "serve"]])
def test_every_mcp_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


@pytest.mark.parametrize("command", ["run", "chat", "eval", "batch"])
def test_agent_commands_take_mcp_servers(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--mcp" in result.output and "mcp_server_time" in result.output
