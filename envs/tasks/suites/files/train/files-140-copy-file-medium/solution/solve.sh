#!/usr/bin/env bash
cp /workspace/olive.txt /workspace/inbox/kettle.txt
