#!/usr/bin/env bash
mv /workspace/inbox/sunny.txt /workspace/inbox/cloud.txt
