#!/usr/bin/env bash
mkdir -p /workspace/inbox/garnet && cp /workspace/lotus.txt /workspace/inbox/garnet/olive.txt
