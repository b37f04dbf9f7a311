#!/usr/bin/env bash
cp /workspace/cobalt.txt /workspace/drafts/stone.txt
