"""Entities to and from plain JSON-ready dicts (the wire and storage format)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from .instants import parse_instant, to_iso

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """Turn an entity (or a tuple/dict of them) into JSON-ready data."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


#: Types that are JSON already.
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: One encoder per type, made the first time a value of it is met (an import encodes thousands).
_ENCODERS: dict[type, Callable[[Any], Any]] = {}


def _encoder(kind: type) -> Callable[[Any], Any]:
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in _fields(kind))
        return lambda value: {name: to_plain(getattr(value, name)) for name in names}
    if issubclass(kind, Enum):
        return lambda value: value.value
    if issubclass(kind, datetime):
        return to_iso
    if issubclass(kind, date):
        return lambda value: value.isoformat()
    if issubclass(kind, (tuple, list, frozenset)):
        return lambda value: [to_plain(v) for v in value]
    if issubclass(kind, dict):
        return lambda value: {k: to_plain(v) for k, v in value.items()}
    return lambda value: value


def from_plain(cls: type[T], data: Any) -> T:
    """Build an entity of type *cls* from plain data; raises ValueError saying what is wrong."""
    try:
        return _decoder(cls)(data)
    except Exception:  # the fast path only knows that something is wrong: the careful one says what
        return _convert(cls, data, cls.__name__)


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A converter for *tp* made once: no type inspection per value, no place names (see _convert)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        inner = _decoder(typing.get_args(tp)[0])
        return lambda data: tuple(inner(v) for v in _listed(data))
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if tp is datetime:
        return lambda data: parse_instant(_text(data))
    if tp is date:
        return lambda data: date.fromisoformat(_text(data))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is float:
        return lambda data: float(data) if type(data) in (int, float) else _wrong()
    if tp in (str, int, bool):
        return lambda data: data if type(data) is tp else _wrong()
    return lambda data: data


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    hints = _hints(cls)
    missing = dataclasses.MISSING
    spec = [
        (f.name, _decoder(hints[f.name]), f.default is missing and f.default_factory is missing)
        for f in _fields(cls)
    ]

    def decode(data: Any) -> Any:
        if type(data) is not dict:
            _wrong()
        kwargs = {}
        for name, inner, required in spec:
            if name in data:
                kwargs[name] = inner(data[name])
            elif required:
                _wrong()
        return cls(**kwargs)

    return decode


def _listed(data: Any) -> Any:
    return data if isinstance(data, (list, tuple)) else _wrong()


def _text(data: Any) -> str:
    return data if isinstance(data, str) else _wrong()


def _wrong() -> Any:
    raise ValueError("not of its type")


@cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return dataclasses.fields(cls)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, data: Any, where: str) -> Any:
    return _converter(tp)(data, where)


@cache
def _converter(tp: Any):
    """A function (data, where) -> value for type *tp*, worked out once per type.

    A cached meeting of real size (5,000 participants, 1,000 items) is ~90,000 conversions at
    start-up: deciding each one's kind from the type again every time was most of the cost.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _converter(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda data, where: None if data is None else inner(data, where)
    if origin is tuple:
        item = _converter(typing.get_args(tp)[0])

        def convert_tuple(data: Any, where: str) -> tuple:
            if not isinstance(data, (list, tuple)):
                raise ValueError(f"{where}: expected a list")
            return tuple(item(v, f"{where}[{i}]") for i, v in enumerate(data))

        return convert_tuple
    if dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    return lambda data, where: _convert_scalar(tp, data, where)


def _dataclass_converter(cls: type):
    hints = _hints(cls)
    fields = [
        (
            f.name,
            _converter(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in _fields(cls)
    ]

    def convert_dataclass(data: Any, where: str) -> Any:
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected an object")
        kwargs = {}
        for name, convert, required in fields:
            if name in data:
                kwargs[name] = convert(data[name], f"{where}.{name}")
            elif required:
                raise ValueError(f"{where}: missing {name!r}")
        return cls(**kwargs)

    return convert_dataclass


def _convert_scalar(tp: Any, data: Any, where: str) -> Any:
    try:
        if tp in (datetime, date) and not isinstance(data, str):
            raise TypeError("not text")
        if tp is datetime:
            return parse_instant(data)
        if tp is date:
            return date.fromisoformat(data)
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(data)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{where}: {data!r} is not a valid {tp.__name__}") from exc
    if tp is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data)
    if tp in (str, int, bool) and (type(data) is not tp):
        raise ValueError(f"{where}: expected {tp.__name__}, got {type(data).__name__}")
    return data
