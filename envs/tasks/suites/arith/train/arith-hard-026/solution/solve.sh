#!/usr/bin/env bash
echo -1049009 > /workspace/answer.txt
