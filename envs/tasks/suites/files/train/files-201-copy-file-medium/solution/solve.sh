#!/usr/bin/env bash
cp /workspace/pepper.txt /workspace/inbox/river.txt
