#!/usr/bin/env bash
echo 946744208902529 > /workspace/answer.txt
