#!/usr/bin/env bash
cp /workspace/raven.txt /workspace/notes/delta.txt
