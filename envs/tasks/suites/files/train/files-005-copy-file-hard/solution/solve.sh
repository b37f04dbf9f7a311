#!/usr/bin/env bash
mkdir -p /workspace/inbox/olive && cp /workspace/stone.txt /workspace/inbox/olive/mango.txt
