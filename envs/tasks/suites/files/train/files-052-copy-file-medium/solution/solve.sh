#!/usr/bin/env bash
cp /workspace/brick.txt /workspace/notes/cobalt.txt
