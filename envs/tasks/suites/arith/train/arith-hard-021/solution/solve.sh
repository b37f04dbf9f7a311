#!/usr/bin/env bash
echo -32174 > /workspace/answer.txt
