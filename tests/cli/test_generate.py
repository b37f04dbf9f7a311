"""`loopwright generate`: text on stdout, a one-line error and a non-zero exit for bad input."""

from typer.testing import CliRunner

from loopwright.cli import app
from loopwright.models.sampling import SamplingParams

runner = CliRunner()


def test_generate_chat_prints_the_engines_greedy_text(embedded_model, embedded_engine):
    result = runner.invoke(app, ["generate", "--chat", "What is 2+2?", "--max-tokens", "6"])
    assert result.exit_code == 0, result.output
    ids = embedded_model.chat_template_ids([{"role": "user", "content": "What is 2+2?"}])
    expected = embedded_engine.generate([ids], SamplingParams(max_new_tokens=6))[0].completions[0].text
    assert result.stdout.strip() == expected.strip() != ""


def test_generate_stream_with_the_hf_engine(embedded_model):
    result = runner.invoke(app, ["generate", "Once upon a time", "-n", "4", "--stream", "--engine", "hf"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_unknown_model_is_a_one_line_error():
    result = runner.invoke(app, ["generate", "hi", "--model", "no-such-model"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: Unknown model 'no-such-model'")
    assert "Traceback" not in result.output


def test_invalid_sampling_flag_is_a_one_line_error():
    result = runner.invoke(app, ["generate", "hi", "--top-p", "0"])
    assert result.exit_code == 1
    assert "top_p must be in (0, 1]" in result.stderr
