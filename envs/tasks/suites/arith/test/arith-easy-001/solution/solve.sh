#!/usr/bin/env bash
echo -16 > /workspace/answer.txt
