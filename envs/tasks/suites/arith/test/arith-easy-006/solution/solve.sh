#!/usr/bin/env bash
echo -14 > /workspace/answer.txt
