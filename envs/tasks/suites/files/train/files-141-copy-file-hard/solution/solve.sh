#!/usr/bin/env bash
mkdir -p /workspace/notes/cobalt && cp /workspace/olive.txt /workspace/notes/cobalt/lotus.txt
