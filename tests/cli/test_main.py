"""The CLI frame: help lists the subcommands, errors are French and never a traceback."""

from __future__ import annotations

import argparse

import pytest

from diag_app import __version__, cli
from diag_app.errors import StorageError


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in ("gui", "demo", "dpe", "dpe-simple", "solar", "solar-batch", "energies"):
        assert name in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_unknown_option_is_a_french_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--pas-une-option"])
    assert exc.value.code == 2
    assert "erreur" in capsys.readouterr().err


def _parser_running(func: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="diag-app")
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--db")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("essai").set_defaults(func=func)
    return parser


def test_user_error_prints_message_and_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fails(args: argparse.Namespace) -> int:
        raise StorageError("Le registre « x » est illisible.")

    monkeypatch.setattr(cli, "build_parser", lambda: _parser_running(fails))
    assert cli.main(["essai"]) == StorageError.exit_code
    err = capsys.readouterr().err
    assert "Erreur : Le registre « x » est illisible." in err
    assert "Traceback" not in err


@pytest.mark.parametrize("debug", [False, True])
def test_unexpected_error_traceback_only_with_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], debug: bool
) -> None:
    def crashes(args: argparse.Namespace) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "build_parser", lambda: _parser_running(crashes))
    argv = ["--debug", "essai"] if debug else ["essai"]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "Erreur inattendue (ZeroDivisionError)" in err
    assert ("Traceback" in err) is debug


def test_argparse_messages_are_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["demo"])  # --out is required
    err = capsys.readouterr().err
    assert "arguments obligatoires manquants : --out" in err
    assert "usage : diag-app demo" in err


def test_closed_pipe_is_quiet(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    # `diag-app dpe … | head`: the reader closed the pipe; no "Erreur inattendue", exit 0.
    def writes_to_closed_pipe(args: argparse.Namespace) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "build_parser", lambda: _parser_running(writes_to_closed_pipe))
    assert cli.main(["essai"]) == 0
    assert "Erreur" not in capfd.readouterr().err
