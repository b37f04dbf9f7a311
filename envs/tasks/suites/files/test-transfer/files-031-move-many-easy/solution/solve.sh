#!/usr/bin/env bash
mkdir -p /workspace/notes && mv /workspace/kettle.txt /workspace/pearl.txt /workspace/notes/
