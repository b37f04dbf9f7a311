"""MCP servers' tools as ours, against real stdio servers: `mcp-server-time` from PyPI, and a
server of our own (built on the official SDK) that dies or hangs when asked."""

import json
import sys
import time

import pytest

from loopwright.tools.mcp.client import McpConnection, McpServerError
from loopwright.tools.mcp.settings import (
    McpServerSpec,
    McpSettings,
    settings_from,
    spec_from_command_line,
)
from loopwright.tools.mcp.tool import mcp_tool
from loopwright.tools.mcp.toolset import McpToolset
from tests.tools.flaky_mcp_server import LAST_WORDS

TIME_SERVER = f"{sys.executable} -m mcp_server_time --local-timezone UTC"
FLAKY_SERVER = f"{sys.executable} -m tests.tools.flaky_mcp_server"


@pytest.fixture(scope="module")
def time_server():
    with McpConnection(spec_from_command_line(TIME_SERVER)) as connection:
        yield connection


@pytest.fixture
def flaky_server():
    with McpConnection(spec_from_command_line(FLAKY_SERVER), call_timeout_s=1.5) as connection:
        yield connection


def test_a_real_server_lists_its_tools_with_their_json_schemas(time_server):
    listed = {t.name: t for t in time_server.tools}
    assert {"get_current_time", "convert_time"} <= set(listed)
    schema = listed["get_current_time"].input_schema
    assert schema["type"] == "object" and schema["required"] == ["timezone"]


def test_its_tool_runs_as_one_of_ours_and_returns_the_time(time_server):
    get_time = mcp_tool(time_server, next(t for t in time_server.tools if t.name == "get_current_time"))
    result = get_time.run(None, {"timezone": "Asia/Tokyo"})
    assert not result.is_error, result.output
    answer = json.loads(result.output)
    assert answer["timezone"] == "Asia/Tokyo" and answer["datetime"].endswith("+09:00")
    assert "title" not in get_time.parameters["properties"]["timezone"]  # pydantic noise dropped


def test_arguments_that_break_the_servers_schema_are_an_error_observation_before_any_call(time_server):
    get_time = mcp_tool(time_server, next(t for t in time_server.tools if t.name == "get_current_time"))
    missing = get_time.run(None, {"zone": "UTC"})
    wrong_type = get_time.run(None, '{"timezone": 3}')
    assert missing.is_error and "'timezone' is a required property" in missing.output
    assert "Expected: timezone (string, required)" in missing.output
    assert wrong_type.is_error and "`timezone`: 3 is not of type 'string'" in wrong_type.output


def test_an_error_the_server_reports_is_an_error_observation(time_server):
    result = time_server.call("get_current_time", {"timezone": "Mars/Olympus_Mons"})
    assert result.is_error and "Mars/Olympus_Mons" in result.output
    unknown = time_server.call("no_such_tool", {})
    assert unknown.is_error and "refused `no_such_tool`" in unknown.output


def test_a_server_that_dies_mid_call_is_an_error_observation_with_its_stderr_tail(flaky_server):
    assert flaky_server.call("echo", {"text": "alive"}).output == "alive"
    died = flaky_server.call("die", {})
    assert died.is_error and "closed the connection during `die`" in died.output
    assert LAST_WORDS in died.output and "[server stderr, last lines]" in died.output
    after = flaky_server.call("echo", {"text": "again"})
    assert after.is_error and LAST_WORDS in after.output


def test_a_server_that_hangs_is_an_error_observation_after_the_call_timeout(flaky_server):
    started = time.perf_counter()
    hung = flaky_server.call("hang", {})
    waited_s = time.perf_counter() - started
    assert hung.is_error and "did not answer `hang` within 1.5 s" in hung.output
    assert "flaky server: hanging now" in hung.output
    assert 1.4 < waited_s < 5.0
    assert flaky_server.call("echo", {"text": "still here"}).output == "still here"


def test_a_server_that_does_not_start_raises_with_its_stderr():
    crashing = f"{sys.executable} -c \"import sys; sys.exit('bad config: no token')\""
    with pytest.raises(McpServerError, match="did not start") as raised:
        McpConnection(spec_from_command_line(crashing)).start()
    assert "bad config: no token" in str(raised.value)
    with pytest.raises(McpServerError, match="No such file"):
        McpConnection(spec_from_command_line("/no/such/mcp-server")).start()


def test_a_server_that_never_answers_initialize_is_stopped_after_the_start_timeout():
    silent = f"{sys.executable} -c \"import sys, time; print('warming up', file=sys.stderr, flush=True); time.sleep(60)\""
    started = time.perf_counter()
    with pytest.raises(McpServerError, match="did not answer initialize and tools/list within 1 s") as raised:
        McpConnection(spec_from_command_line(silent), start_timeout_s=1.0).start()
    assert "warming up" in str(raised.value) and time.perf_counter() - started < 10


def test_a_tool_named_like_a_taken_one_is_offered_under_its_servers_name():
    settings = McpSettings(servers=(McpServerSpec("flaky", sys.executable, ("-m", "tests.tools.flaky_mcp_server")),),
                           trust=True)
    with McpToolset(settings, taken=["echo", "bash"]) as toolset:
        names = {t.name: t for t in toolset.tools}
        assert set(names) == {"flaky__echo", "die", "hang"}
        assert names["flaky__echo"].remote_name == "echo" and not names["die"].requires_approval
        assert names["flaky__echo"].run(None, {"text": "x"}).output == "x"


@pytest.mark.parametrize("command, name, args", [
    ("python -m mcp_server_time --local-timezone UTC", "mcp_server_time", ("-m", "mcp_server_time", "--local-timezone", "UTC")),
    ("npx -y @modelcontextprotocol/server-filesystem /tmp", "server-filesystem", ("-y", "@modelcontextprotocol/server-filesystem", "/tmp")),
    ("/usr/local/bin/my-server --port 3", "my-server", ("--port", "3")),
])
def test_a_command_line_becomes_a_named_spec(command, name, args):
    spec = spec_from_command_line(command)
    assert (spec.name, spec.args) == (name, args)


def test_config_table_and_flags_merge_and_names_stay_unique():
    table = {"call_timeout_s": 5, "servers": {"time": {"command": "python", "args": ["-m", "mcp_server_time"],
                                                       "env": {"TZ": "UTC"}}}}
    settings = settings_from(table, ["python -m mcp_server_time", "python -m mcp_server_time"], trust_flag=False)
    assert [s.name for s in settings.servers] == ["time", "mcp_server_time", "mcp_server_time_2"]
    assert settings.servers[0].env == {"TZ": "UTC"} and settings.call_timeout_s == 5 and not settings.trust
    assert settings_from({"trust": True}, [], False).trust and settings_from(None, [], True).trust


@pytest.mark.parametrize("table, message", [
    ({"servers": {"x": {"args": []}}}, r"\[mcp.servers.x\] needs command"),
    ({"servers": {"x": {"command": "p", "args": "-m m"}}}, "args must be a list of strings"),
    ({"timeout": 3}, r"unknown key\(s\) \['timeout'\]"),
    ({"call_timeout_s": 0}, "timeouts must be positive"),
])
def test_a_bad_mcp_table_names_the_problem(table, message):
    with pytest.raises(ValueError, match=message):
        settings_from(table, [], False)
